"""`accord sample` and `accord gui`: the sample study, and the desktop application.

    accord sample OUT | gui [P] [--sample] [--screenshot PNG] [--lang CODE]

Both import what they need when run, so that every other command starts without
loading the sample builder or Qt.
"""

from pathlib import Path

from .output import Result


def add_commands(top, command, family) -> None:
    sub = command(top, "sample", sample, "create the sample project", project=False)
    sub.add_argument("out", metavar="OUT", help="where to create it")
    sub = command(top, "gui", gui, "open the desktop application", project=False)
    sub.add_argument("project", metavar="PROJECT", nargs="?", help="a project to open")
    sub.add_argument("--sample", action="store_true", help="open the sample project")
    sub.add_argument("--screenshot", metavar="PNG", help="save a picture of the window and quit")
    sub.add_argument("--lang", metavar="CODE",
                     help="interface language for this run, e.g. de; overrides Settings ▸ Language")


def sample(args) -> Result:
    from ..core.sample import build_sample

    build_sample(Path(args.out))
    return Result({"path": str(args.out)}, f"Created the sample project {str(args.out)!r}.")


def gui(args) -> Result:
    from ..gui import app

    argv = (["--sample"] if args.sample else []) + ([args.project] if args.project else [])
    argv += ["--screenshot", args.screenshot] if args.screenshot else []
    argv += ["--lang", args.lang] if args.lang else []
    status = app.main(argv)
    return Result(None, "", status=status if isinstance(status, int) else 0)
