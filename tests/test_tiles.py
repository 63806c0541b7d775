from __future__ import annotations

import pytest

from mapapp.map.tiles import DEFAULT_TILES, resolve_tiles, tiles_from_env


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("none", None),
        (" None ", None),
        ("OpenStreetMap", "OpenStreetMap"),
        ("CartoDB.Positron", "CartoDB.Positron"),
        ("http://127.0.0.1:8080/{z}/{x}/{y}.png", "http://127.0.0.1:8080/{z}/{x}/{y}.png"),
    ],
)
def test_valid_tile_settings(value: str | None, expected: str | None) -> None:
    assert resolve_tiles(value) == expected


@pytest.mark.parametrize("value", ["NoSuchTiles", "http://example.org/tiles.png", "{z}/{x}"])
def test_invalid_tile_settings_name_the_value_and_the_options(value: str) -> None:
    with pytest.raises(ValueError, match=rf"Unknown tile provider '{value}'.*'none'"):
        resolve_tiles(value)


def test_tiles_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAPAPP_TILES", raising=False)
    assert tiles_from_env() == DEFAULT_TILES
    monkeypatch.setenv("MAPAPP_TILES", "none")
    assert tiles_from_env() is None
