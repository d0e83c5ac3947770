import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, type ReactNode } from 'react'

interface Props<T> {
  rows: readonly T[]
  rowKey: (row: T) => string
  /** A first guess of a row's height; rows are measured once they are drawn. */
  estimate: (row: T) => number
  render: (row: T) => ReactNode
  label: string
  testId: string
}

/**
 * A scrolling list that keeps only the rows in view in the DOM, so tens of thousands of warnings
 * or deadlines cost no more than a screenful. Rows may wrap: each is measured after drawing.
 */
export function VirtualRows<T>({ rows, rowKey, estimate, render, label, testId }: Props<T>) {
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
