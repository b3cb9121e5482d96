"""Services: what the window and the command line both call. Qt-free, over core and storage."""
