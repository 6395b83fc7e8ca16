#!/usr/bin/env python3
"""The main job: ``python build_graph.py [CORPUS_DIR] [--out DIR]`` (defaults: the bundled sample, out/).

Same as ``kg build``; see README.md.
"""
import sys

from kg.cli import main

if __name__ == "__main__":
    main(["build", *sys.argv[1:]])
