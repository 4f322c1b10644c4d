"""Build the web explorer's offline world map from the npm package world-atlas (Natural Earth).

    python scripts/build_world_map.py            # npm pack world-atlas@2.0.2 into a temp dir
    python scripts/build_world_map.py FILE.json  # or from a countries-110m.json at hand

Writes src/eventwire/web/static/world.geo.json: GeoJSON country shapes (1:110m) keyed on ISO
3166 alpha-3, the code eventwire's actors use. The TopoJSON arcs are decoded here, so the
browser needs no TopoJSON library.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import pycountry

PACKAGE = "world-atlas@2.0.2"
OUT = Path(__file__).resolve().parents[1] / "src/eventwire/web/static/world.geo.json"


def _topology() -> dict:
    if len(sys.argv) > 1:
        return json.loads(Path(sys.argv[1]).read_text())
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True,
                       capture_output=True)
        (tgz,) = Path(tmp).glob("*.tgz")
        with tarfile.open(tgz) as tar:
            member = tar.extractfile("package/countries-110m.json")
            assert member is not None
            return json.load(member)


def _arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
        out.append(points)
    return out


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    ring: list[tuple[float, float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(points if not ring else points[1:])
    return [list(p) for p in ring]


def _unwrap(ring: list[list[float]]) -> list[list[float]]:
    """A ring that jumps across the 180th meridian, drawn east of it instead (x > 180 is cut
    off at the map's edge) rather than as a band across the whole map."""
    jumps = any(abs(a[0] - b[0]) > 180 for a, b in zip(ring, ring[1:], strict=False))
    return [[x + 360 if x < 0 else x, y] for x, y in ring] if jumps else ring


def main() -> None:
    topology = _topology()
    arcs = _arcs(topology)
    features = []
    for geom in topology["objects"]["countries"]["geometries"]:
        if geom.get("type") is None:
            continue
        country = pycountry.countries.get(numeric=geom.get("id", ""))
        code = country.alpha_3 if country else {"Kosovo": "XKX"}.get(geom["properties"]["name"])
        if geom["type"] == "Polygon":
            coords = [[_ring(r, arcs) for r in geom["arcs"]]]
        else:
            coords = [[_ring(r, arcs) for r in poly] for poly in geom["arcs"]]
        if code != "ATA":  # rings across the date line (Russia, Fiji): keep them in one piece
            coords = [[_unwrap(ring) for ring in poly] for poly in coords]
        features.append({"type": "Feature", "id": code,
                         "properties": {"name": geom["properties"]["name"]},
                         "geometry": {"type": "MultiPolygon", "coordinates": coords}})
    OUT.write_text(json.dumps({"type": "FeatureCollection", "source": f"npm {PACKAGE} "
                               "countries-110m (Natural Earth, public domain; ISC licence)",
                               "features": features}, separators=(",", ":")))
    print(f"wrote {len(features)} countries to {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
