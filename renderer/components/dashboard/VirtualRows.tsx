import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, type KeyboardEvent, type ReactNode } from 'react'

interface Props<T> {
  rows: readonly T[]
  rowKey: (row: T) => string
  /** A first guess of a row's height; rows are measured once they are drawn. */
  estimate: (row: T) => number
  render: (row: T) => ReactNode
  label: string
  testId: string
  /** Elements inside the rows that ↑ and ↓ move the keyboard between (the group headers). */
  arrowTargets?: string
}

/**
 * A scrolling list that keeps only the rows in view in the DOM, so tens of thousands of warnings
 * or deadlines cost no more than a screenful. Rows may wrap: each is measured after drawing.
 */
export function VirtualRows<T>({
  rows,
  rowKey,
  estimate,
  render,
  label,
  testId,
  arrowTargets,
}: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // No React Compiler here, and the virtualizer never leaves this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => estimate(rows[index] as T),
    getItemKey: (index) => rowKey(rows[index] as T),
    overscan: 6,
  })
  return (
    <div
      ref={scrollRef}
      className="scroll-area"
      role="list"
      aria-label={label}
      data-testid={testId}
      onKeyDown={arrowTargets ? (event) => moveBetween(event, arrowTargets) : undefined}
    >
      <div className="virtual-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            role="listitem"
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="virtual-row"
            style={{ transform: `translateY(${item.start}px)` }}
          >
            {render(rows[item.index] as T)}
          </div>
        ))}
      </div>
    </div>
  )
}

/**
 * ↑/↓ from one target to the previous or next one drawn: the rows in the DOM are in list order, and
 * the virtualizer draws a few beyond the view, so scrolling the next one into view draws more.
 */
function moveBetween(event: KeyboardEvent<HTMLDivElement>, selector: string): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
  const targets = [...event.currentTarget.querySelectorAll<HTMLElement>(selector)]
  const current = targets.findIndex((target) => target === document.activeElement)
  if (current === -1) return
  const next = targets[current + (event.key === 'ArrowDown' ? 1 : -1)]
  if (!next) return
  event.preventDefault()
  next.focus({ preventScroll: true })
  next.scrollIntoView({ block: 'nearest' })
}
