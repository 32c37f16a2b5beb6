"""The `korps` command: what manage.py does, with production settings unless told otherwise."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "korps.settings.production")
    argv = list(sys.argv if argv is None else argv)
    # Commands are spelled with hyphens on the command line (korps seed-demo), modules with
    # underscores.
    if len(argv) > 1 and not argv[1].startswith("-"):
        argv[1] = argv[1].replace("-", "_")
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
