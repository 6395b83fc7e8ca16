#!/usr/bin/env python3
"""The main job: ``python build_graph.py [CORPUS_DIR] [--out DIR]`` (defaults: the bundled sample, out/).

Same as ``kg build``; see README.md.
"""
import sys

from kg.cli import app

if __name__ == "__main__":
    sys.exit(app(["build", *sys.argv[1:]], standalone_mode=True))
