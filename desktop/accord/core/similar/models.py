"""Which model2vec model the semantic backend uses, and the one-time download of a named one.

The choice is a folder, kept in similar-model.json in the per-user config folder
(platformdirs), so the CLI and the window use the same model. A downloaded model
goes into the per-user data folder, models/NAME; a folder the user already has
(an offline machine, an institution's copy) is used where it is. Nothing is ever
downloaded without being asked: `download` is called only from Settings ▸
Similar passages after the user has seen the size and the source.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ...appdirs import config_dir, data_dir
from ..files import write_atomically
from .semantic import SemanticUnavailable


@dataclass(frozen=True)
class KnownModel:
    name: str
    repository: str  # on the Hugging Face hub
    size: str  # what the download weighs, as the dialog states it before anything is fetched
    languages: str


KNOWN_MODELS = (
    KnownModel("potion-base-8M", "minishlab/potion-base-8M", "about 30 MB", "English"),
    KnownModel("potion-multilingual-128M", "minishlab/potion-multilingual-128M", "about 500 MB",
               "over 100 languages"),
)


def _choice_file() -> Path:
    return config_dir() / "similar-model.json"


def chosen_model() -> Path | None:
    """The model folder chosen last (in the window or by the CLI's --model), if it still has a model."""
    try:
        folder = Path(json.loads(_choice_file().read_text(encoding="utf-8"))["folder"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return folder if is_model_folder(folder) else None


def choose_model(folder: str | Path) -> Path:
    folder = Path(folder).expanduser().resolve()
    if not is_model_folder(folder):
        raise SemanticUnavailable(f"{folder}: not a model2vec model folder (it needs model.safetensors and "
                                  "tokenizer.json)")
    _choice_file().parent.mkdir(parents=True, exist_ok=True)
    write_atomically(_choice_file(), json.dumps({"folder": str(folder)}).encode("utf-8"))
    return folder


def is_model_folder(folder: Path) -> bool:
    return (folder / "model.safetensors").is_file() and (folder / "tokenizer.json").is_file()


def model_folder_for(model: KnownModel) -> Path:
    return data_dir() / "models" / model.name


def download(model: KnownModel) -> Path:
    """Fetch a known model into the data folder (once) and choose it. Needs the network."""
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        raise SemanticUnavailable("downloading a model needs the optional model2vec package: install it with "
                                  "pip install \"accord[similar]\"") from None
    target = model_folder_for(model)
    try:
        snapshot_download(model.repository, local_dir=target,
                          allow_patterns=["model.safetensors", "tokenizer.json", "config.json", "modules.json"])
    except Exception as problem:  # network and hub errors come in many kinds
        raise SemanticUnavailable(f"{model.name} could not be downloaded from {model.repository} ({problem}); "
                                  "check the connection, or give the folder of a copy you have") from problem
    return choose_model(target)
