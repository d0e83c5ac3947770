import { useMemo } from 'react'
import { useT } from '../../i18n/i18n-context'
import { countryName } from '../../lib/countries'
import { STATUS_COLORS } from '../../lib/reference-countries'
import { countryPoints, countryShapes, MAP_HEIGHT, MAP_WIDTH } from '../../lib/world-map'
import type { CountryTransfers } from '../../lib/vocabulary'

interface Props {
  byCode: ReadonlyMap<string, CountryTransfers>
  selected: string | null
  onSelect: (code: string) => void
}

/** The world, each country filled with the transfer status of the register's data there. */
export function WorldMap({ byCode, selected, onSelect }: Props) {
  const { t, language } = useT()
  const shapes = useMemo(() => countryShapes(), [])
  // Countries too small for the map's scale: a point, where the register has data there.
  const points = useMemo(() => countryPoints().filter((point) => byCode.has(point.code)), [byCode])
  return (
    <svg
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      width="100%"
      role="img"
      aria-label={t.map.mapLabel}
      className="world-map"
      data-testid="world-map"
    >
      {shapes.map((shape, index) => {
        const data = shape.code ? byCode.get(shape.code) : undefined
        const fill = data ? `var(--mantine-color-${STATUS_COLORS[data.status]}-5)` : undefined
        const name = shape.code ? countryName(language, shape.code) : shape.name
        return (
          <path
            key={`${shape.code ?? shape.name}-${index}`}
            d={shape.path}
            className={data ? 'country has-data' : 'country'}
            style={fill ? { fill } : undefined}
            data-country={shape.code ?? undefined}
            data-selected={shape.code !== null && shape.code === selected ? true : undefined}
            onClick={data && shape.code ? () => onSelect(shape.code as string) : undefined}
          >
            <title>{data ? `${name}: ${t.map.statuses[data.status]}` : name}</title>
          </path>
        )
      })}
      {points.map((point) => {
        const data = byCode.get(point.code)
        if (!data) return null
        const name = countryName(language, point.code)
        return (
          <circle
            key={point.code}
            cx={point.x}
            cy={point.y}
            r={4}
            className="country has-data country-point"
            style={{ fill: `var(--mantine-color-${STATUS_COLORS[data.status]}-5)` }}
            data-country={point.code}
            data-selected={point.code === selected ? true : undefined}
            onClick={() => onSelect(point.code)}
          >
            <title>{`${name}: ${t.map.statuses[data.status]}`}</title>
          </circle>
        )
      })}
    </svg>
  )
}
