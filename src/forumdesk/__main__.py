import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # A big import reads its rows in a second process that starts this program
        # again: the bundle's frozen program hands that start to multiprocessing.
        import multiprocessing

        multiprocessing.freeze_support()

    from forumdesk.cli import main

    sys.exit(main())
