"""The public API of each package is exactly its ``__all__``."""

import importlib

import pytest


@pytest.mark.parametrize("package", ["operators", "flows", "app"])
def test_public_names_are_exported(package: str) -> None:
    module = importlib.import_module(package)
    public = {name for name in vars(module) if not name.startswith("_")}
    # submodules imported as attributes are private (``_x``) by house style
    assert public <= set(module.__all__) | {"annotations"}
    for name in module.__all__:
        assert hasattr(module, name), f"{package}.__all__ names missing {name!r}"
