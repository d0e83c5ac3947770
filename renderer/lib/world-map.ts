/**
 * The world as SVG paths: Natural Earth 1:110m countries (world-atlas) projected once with d3-geo.
 * The atlas keys countries by ISO numeric code; the register uses alpha-2. Countries too small for
 * that scale (Singapore, Malta, the Faroe Islands …) are drawn as points instead.
 */
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { numericToAlpha2 } from 'i18n-iso-countries'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
// As text: the JSON's literal type would be enormous for the type checker.
import atlasText from 'world-atlas/countries-110m.json?raw'

export const MAP_WIDTH = 960
export const MAP_HEIGHT = 470

export interface CountryShape {
  /** ISO alpha-2, or null for areas without one (e.g. N. Cyprus in the atlas). */
  code: string | null
  name: string
  path: string
}

/** Areas the atlas draws without a numeric code. */
const UNCODED: Readonly<Record<string, string>> = {
  Kosovo: 'XK',
  Somaliland: 'SO',
  'N. Cyprus': 'CY',
}
const ANTARCTICA = '010'

/**
 * Where to put a point for a country the 1:110m atlas has no shape for: [longitude, latitude], the
 * centroid of its shape in Natural Earth's 1:50m countries (world-atlas, d3-geo's geoCentroid), or
 * for the few not drawn there either (overseas parts of France and the Netherlands, Gibraltar …)
 * the position of their main island or town.
 */
const POINTS: Readonly<Record<string, [number, number]>> = {
  AD: [1.56, 42.54], // Andorra
  AG: [-61.79, 17.28], // Antigua and Barb.
  AI: [-63.07, 18.22], // Anguilla
  AS: [-170.72, -14.3], // American Samoa
  AW: [-69.98, 12.52], // Aruba
  AX: [19.95, 60.22], // Åland
  BB: [-59.56, 13.18], // Barbados
  BH: [50.54, 26.04], // Bahrain
  BL: [-62.84, 17.9], // St-Barthélemy
  BM: [-64.76, 32.31], // Bermuda
  BQ: [-68.26, 12.18], // Caribbean Netherlands
  CC: [96.87, -12.16], // Cocos (Keeling) Is.
  CK: [-159.79, -21.22], // Cook Is.
  CV: [-23.96, 15.96], // Cabo Verde
  CW: [-68.97, 12.2], // Curaçao
  CX: [105.69, -10.49], // Christmas I.
  DM: [-61.36, 15.44], // Dominica
  FM: [153.3, 7.54], // Micronesia
  FO: [-6.88, 62.05], // Faeroe Is.
  GD: [-61.68, 12.12], // Grenada
  GF: [-53.13, 3.93], // French Guiana
  GG: [-2.57, 49.47], // Guernsey
  GI: [-5.35, 36.14], // Gibraltar
  GP: [-61.55, 16.25], // Guadeloupe
  GS: [-36.49, -54.46], // S. Geo. and the Is.
  GU: [144.77, 13.44], // Guam
  HK: [114.11, 22.4], // Hong Kong
  HM: [73.52, -53.09], // Heard I. and McDonald Is.
  IM: [-4.54, 54.22], // Isle of Man
  IO: [72.45, -7.33], // Br. Indian Ocean Ter.
  JE: [-2.13, 49.22], // Jersey
  KI: [-167.92, 0.89], // Kiribati
  KM: [43.68, -11.88], // Comoros
  KN: [-62.69, 17.26], // St. Kitts and Nevis
  KY: [-80.91, 19.43], // Cayman Is.
  LC: [-60.97, 13.89], // Saint Lucia
  LI: [9.54, 47.14], // Liechtenstein
  MC: [7.41, 43.75], // Monaco
  MF: [-63.06, 18.09], // St-Martin
  MH: [170.33, 7.02], // Marshall Is.
  MO: [113.51, 22.22], // Macao
  MP: [145.62, 15.83], // N. Mariana Is.
  MQ: [-61.02, 14.64], // Martinique
  MS: [-62.19, 16.74], // Montserrat
  MT: [14.41, 35.92], // Malta
  MU: [57.57, -20.28], // Mauritius
  MV: [73.46, 3.73], // Maldives
  NF: [167.95, -29.05], // Norfolk Island
  NR: [166.93, -0.52], // Nauru
  NU: [-169.87, -19.05], // Niue
  PF: [-144.8, -14.73], // Fr. Polynesia
  PM: [-56.3, 46.92], // St. Pierre and Miquelon
  PN: [-128.32, -24.36], // Pitcairn Is.
  PW: [134.41, 7.29], // Palau
  RE: [55.53, -21.13], // Réunion
  SC: [55.48, -4.66], // Seychelles
  SG: [103.82, 1.36], // Singapore
  SH: [-9.7, -12.35], // Saint Helena
  SJ: [16.0, 78.0], // Svalbard and Jan Mayen
  SM: [12.46, 43.94], // San Marino
  ST: [6.72, 0.44], // São Tomé and Principe
  SX: [-63.06, 18.05], // Sint Maarten
  TC: [-71.97, 21.83], // Turks and Caicos Is.
  TK: [-171.85, -9.17], // Tokelau
  TO: [-174.8, -20.42], // Tonga
  TV: [179.2, -8.52], // Tuvalu
  VA: [12.43, 41.9], // Vatican
  VC: [-61.2, 13.23], // St. Vin. and Gren.
  VG: [-64.47, 18.53], // British Virgin Is.
  VI: [-64.8, 17.96], // U.S. Virgin Is.
  WF: [-177.35, -13.89], // Wallis and Futuna Is.
  WS: [-172.16, -13.75], // Samoa
  YT: [45.14, -12.83], // Mayotte
}

export interface CountryPoint {
  code: string
  x: number
  y: number
}

let shapes: CountryShape[] | null = null
let points: CountryPoint[] | null = null

/** The countries drawn as points, projected like the shapes. */
export function countryPoints(): CountryPoint[] {
  if (points) return points
  const projection = worldProjection()
  points = Object.entries(POINTS).flatMap(([code, position]) => {
    const xy = projection(position)
    return xy ? [{ code, x: xy[0], y: xy[1] }] : []
  })
  return points
}

let projected: {
  features: Feature<Geometry, { name: string }>[]
  projection: GeoProjection
} | null = null

function loadAtlas() {
  if (projected) return projected
  const topology = JSON.parse(atlasText) as Topology<{
    countries: GeometryCollection<{ name: string }>
  }>
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >
  const features = countries.features.filter((f) => String(f.id) !== ANTARCTICA)
  const projection = geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], {
    type: 'FeatureCollection',
    features,
  })
  projected = { features, projection }
  return projected
}

const worldProjection = () => loadAtlas().projection

export function countryShapes(): CountryShape[] {
  if (shapes) return shapes
  const { features, projection } = loadAtlas()
  const path = geoPath(projection)
  shapes = features.map((f: Feature<Geometry, { name: string }>) => ({
    code: codeOf(f),
    name: f.properties.name,
    path: path(f) ?? '',
  }))
  return shapes
}

function codeOf(f: Feature<Geometry, { name: string }>): string | null {
  if (f.id !== undefined) return numericToAlpha2(String(f.id)) ?? null
  return UNCODED[f.properties.name] ?? null
}
