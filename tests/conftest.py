import datetime as dt
from pathlib import Path

import pytest

from kg.extract import Extractor, PageMeta
from kg.pipeline import SAMPLE, build

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def extractor():
    return Extractor.load()


@pytest.fixture(scope="session")
def sample_build():
    return build(SAMPLE)


def meta(home="开化县", date="2021-09-19", parent=None):
    return PageMeta("test.txt", dt.date.fromisoformat(date), home, parent)
