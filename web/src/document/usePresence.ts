import { useEffect, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type { PresentUser } from './PresentUser'
import { presentUsers } from './presentUsers'

/** Who has the document open, updated on every awareness change. */
export function usePresence(awareness: Awareness): PresentUser[] {
  const [users, setUsers] = useState(() => presentUsers(awareness.getStates()))
  useEffect(() => {
    const update = (): void => setUsers(presentUsers(awareness.getStates()))
    update()
    awareness.on('change', update)
    return () => awareness.off('change', update)
  }, [awareness])
  return users
}
