"""accord.logs: the rotating log file in the per-user log folder, and what happens when there is none."""

import logging
import logging.handlers
import subprocess
import sys
import threading

import pytest

from accord import logs


@pytest.fixture(autouse=True)
def restore_logging():
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield
    logs.stop_logging()
    assert sys.excepthook is not logs._log_uncaught
    assert threading.excepthook is not logs._log_uncaught_in_thread
    assert root.handlers == handlers
    root.setLevel(level)


def flush():
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_records_go_to_accord_log_in_the_log_folder(tmp_path, monkeypatch):
    folder = tmp_path / "does" / "not" / "exist" / "yet"
    monkeypatch.setenv("ACCORD_LOG_DIR", str(folder))
    path = logs.setup_logging()
    assert path == folder / "accord.log"
    logging.getLogger("accord.gui").info("opened %s", "study.accord")
    logging.getLogger("accord.core").debug("not at INFO")
    flush()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "starting; Python" in lines[0]
    assert lines[-1].endswith("INFO     accord.gui: opened study.accord")
    assert lines[-1][:4].isdigit()  # starts with the time: 2025-01-31 12:00:00,123
    assert not any("not at INFO" in line for line in lines)
    assert logs.log_file() == path


def test_level_is_configurable(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_LOG_DIR", str(tmp_path))
    path = logs.setup_logging(logging.DEBUG)
    logging.getLogger("accord.core").debug("details")
    flush()
    assert "DEBUG    accord.core: details" in path.read_text(encoding="utf-8")


def test_rotation_about_one_megabyte_times_five(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_LOG_DIR", str(tmp_path))
    path = logs.setup_logging()
    [handler] = [h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
    assert handler.encoding == "utf-8"
    handler.maxBytes = 2_000  # rotate for real, quickly
    for n in range(200):
        logging.getLogger("accord").warning("record %d %s", n, "x" * 80)
    flush()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["accord.log"] + [f"accord.log.{i}" for i in range(1, 6)]
    assert "record 199" in path.read_text(encoding="utf-8")


def test_calling_it_twice_keeps_one_handler(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_LOG_DIR", str(tmp_path / "first"))
    logs.setup_logging()
    monkeypatch.setenv("ACCORD_LOG_DIR", str(tmp_path / "second"))
    path = logs.setup_logging()
    files = [h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert [h.baseFilename for h in files] == [str(path)]
    assert path == tmp_path / "second" / "accord.log"


@pytest.mark.parametrize("blocker", ["file-as-folder", "folder-as-log-file"])
def test_unwritable_log_folder_means_no_file_not_a_failure(tmp_path, monkeypatch, blocker):
    if blocker == "file-as-folder":  # the folder cannot be created: a file is in the way
        (tmp_path / "home").write_text("not a folder")
        monkeypatch.setenv("ACCORD_LOG_DIR", str(tmp_path / "home" / "log"))
    else:  # the folder exists but accord.log cannot be opened
        (tmp_path / "log" / "accord.log").mkdir(parents=True)
        monkeypatch.setenv("ACCORD_LOG_DIR", str(tmp_path / "log"))
    hook = sys.excepthook
    assert logs.setup_logging() is None
    assert logs.log_file() is None
    assert sys.excepthook is hook  # nothing to log to, so Python's report stays as it was
    logging.getLogger("accord").info("still fine")


def test_uncaught_exception_is_logged_then_reported_as_usual(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_LOG_DIR", str(tmp_path))
    reported = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc_info: reported.append(exc_info))
    path = logs.setup_logging()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        exc_info = sys.exc_info()
    sys.excepthook(*exc_info)
    flush()
    text = path.read_text(encoding="utf-8")
    assert "CRITICAL accord: Uncaught exception" in text
    assert "RuntimeError: boom in a slot" in text and "Traceback" in text
    assert reported == [exc_info]  # the previous hook still runs


def test_uncaught_exception_in_a_thread_is_logged(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(threading, "excepthook", lambda args: None)
    path = logs.setup_logging()

    def fail():
        raise ValueError("boom in a worker")

    worker = threading.Thread(target=fail, name="importer")
    worker.start()
    worker.join()
    flush()
    text = path.read_text(encoding="utf-8")
    assert "Uncaught exception in thread importer" in text and "ValueError: boom in a worker" in text


def test_a_crashing_program_leaves_its_traceback_in_the_log_and_on_stderr(tmp_path):
    program = (
        "from accord.logs import setup_logging\n"
        "setup_logging()\n"
        "raise SystemError('crash at start-up')\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60,
                            env={**__import__("os").environ, "ACCORD_LOG_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert "SystemError: crash at start-up" in result.stderr
    assert "SystemError: crash at start-up" in (tmp_path / "accord.log").read_text(encoding="utf-8")
