import * as Y from 'yjs'

/**
 * The deletions an encoded Yjs state holds, per client as sorted, merged `clock+length` ranges: two states with the
 * same string deleted exactly the same items, however their updates were split. Read from the bytes, never from a
 * Y.Doc built for the purpose: applying a state to a fresh doc makes Yjs clean up formatting marks it finds
 * redundant, which adds deletions of that doc's own.
 */
export function deleteSetOf(update: Uint8Array): string {
  const { ds } = Y.decodeUpdate(update)
  const clients = [...ds.clients.entries()].sort(([left], [right]) => left - right)
  return clients
    .map(([client, items]) => {
      const ranges: Array<[number, number]> = []
      for (const item of [...items].sort((left, right) => left.clock - right.clock)) {
        const last = ranges[ranges.length - 1]
        if (last !== undefined && item.clock <= last[0] + last[1])
          last[1] = Math.max(last[1], item.clock + item.len - last[0])
        else ranges.push([item.clock, item.len])
      }
      return `${client}:${ranges.map(([clock, length]) => `${clock}+${length}`).join(',')}`
    })
    .join(' ')
}
