"""The packaged command line, `quietcase-cli` (PyInstaller's entry; see quietcase.spec). It is
also the program the readers of outside formats run in (`--quietcase-child MODULE`)."""

import sys

from quietcase.app.core.child import run_frozen_child

if __name__ == "__main__":
    if run_frozen_child(sys.argv):
        sys.exit(0)
    from quietcase.cli.main import main

    sys.exit(main())
