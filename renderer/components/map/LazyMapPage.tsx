import { Center, Loader } from '@mantine/core'
import { lazy, Suspense } from 'react'

// The atlas and the projection code load only when the map is opened, not at start.
const MapPage = lazy(() => import('./MapPage').then((module) => ({ default: module.MapPage })))

export function LazyMapPage() {
  return (
    <Suspense
      fallback={
        <Center h={200}>
          <Loader />
        </Center>
      }
    >
      <MapPage />
    </Suspense>
  )
}
