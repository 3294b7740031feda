import multiprocessing
import sys

if __name__ == "__main__":
    # A big import reads its rows in a second process, started as this program again:
    # the bundle's frozen program must hand that start over to multiprocessing.
    multiprocessing.freeze_support()

    from forumdesk.cli import main

    sys.exit(main())
