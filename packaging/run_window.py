"""The packaged window program, `quietcase` (PyInstaller's entry; see quietcase.spec)."""

import sys

from quietcase.app.core.child import run_frozen_child

if __name__ == "__main__":
    if run_frozen_child(sys.argv):
        sys.exit(0)
    from quietcase.ui.main import main

    sys.exit(main())
