/**
 * The world as SVG paths: Natural Earth 1:110m countries (world-atlas) projected once with d3-geo.
 * The atlas keys countries by ISO numeric code; the register uses alpha-2.
 */
import { geoNaturalEarth1, geoPath } from 'd3-geo'
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

let shapes: CountryShape[] | null = null

export function countryShapes(): CountryShape[] {
  if (shapes) return shapes
  const topology = JSON.parse(atlasText) as Topology<{
    countries: GeometryCollection<{ name: string }>
  }>
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >
  const shown = countries.features.filter((f) => String(f.id) !== ANTARCTICA)
  const projection = geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], {
    type: 'FeatureCollection',
    features: shown,
  })
  const path = geoPath(projection)
  shapes = shown.map((f: Feature<Geometry, { name: string }>) => ({
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
