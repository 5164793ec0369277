"""Test set-up: the path of the shared evaluation data, which some tests need.

Tests marked ``shared_data`` read ``../shared/data`` beside the repository. They are skipped
unless pytest runs with ``--shared-data`` (as ``scripts/test.sh`` does), and then fail if
the data is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SHARED_DATA = ROOT.parent / "shared" / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--shared-data",
        action="store_true",
        help="run the tests that read ../shared/data (and fail when it is missing)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "shared_data: needs ../shared/data beside the repository")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--shared-data"):
        return
    skip = pytest.mark.skip(reason="needs ../shared/data: run with --shared-data (scripts/test.sh does)")
    for item in items:
        if "shared_data" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def shared_data() -> Path:
    """The shared data folder; a failure, not a skip, when it is missing."""
    if not SHARED_DATA.is_dir():
        pytest.fail(f"{SHARED_DATA} is missing: the shared data must be beside the repository")
    return SHARED_DATA


@pytest.fixture
def root() -> Path:
    return ROOT
