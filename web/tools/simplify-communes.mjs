// Makes web/public/hung-yen-communes.json, a small copy of seed/admin-units/33-hung-yen-communes.geojson
// for the commune map: Douglas–Peucker simplification and coordinates rounded to 4 decimals (about 11 m).
// Run from the repository root: node web/tools/simplify-communes.mjs
// The boundaries come from the vietnamese-provinces-database project (MIT licence, see seed/admin-units/).
import fs from 'node:fs';

const TOLERANCE = 0.0006; // degrees, about 65 m
const source = JSON.parse(fs.readFileSync('seed/admin-units/33-hung-yen-communes.geojson', 'utf8'));

function perpendicular(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  if (dx === 0 && dy === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy);
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function simplify(points) {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let index = -1;
    let max = TOLERANCE;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicular(points[i], points[first], points[last]);
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const round = (n) => Math.round(n * 1e4) / 1e4;
const ring = (r) => {
  const s = simplify(r).map(([x, y]) => [round(x), round(y)]);
  return s.length >= 4 ? s : r.slice(0, 4).map(([x, y]) => [round(x), round(y)]);
};

const features = source.features.map((f) => {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return {
    type: 'Feature',
    properties: { code: f.properties.code, name: f.properties.fullName, nameEn: f.properties.fullNameEn, areaKm2: f.properties.areaKm2 },
    geometry: { type: 'MultiPolygon', coordinates: polys.map((p) => p.map(ring)) },
  };
});

const out = JSON.stringify({ type: 'FeatureCollection', features });
fs.writeFileSync('web/public/hung-yen-communes.json', out);
console.log(`wrote web/public/hung-yen-communes.json: ${features.length} communes, ${(out.length / 1024).toFixed(0)} KiB`);
