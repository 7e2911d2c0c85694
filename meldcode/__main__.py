import sys

from meldcode.cli import main

sys.exit(main())
