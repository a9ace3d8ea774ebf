import { Avatar, Tooltip } from 'antd'
import type { ReactNode } from 'react'
import { avatarText } from './avatarText'
import type { PresentUser } from './PresentUser'
import { useDocumentStrings } from './useDocumentStrings'

/** Props of {@link PresenceAvatars}. */
export interface PresenceAvatarsProps {
  users: readonly PresentUser[]
}

/** The avatar strip (在线成员) of who has the document open; names are rendered as text. */
export function PresenceAvatars({ users }: PresenceAvatarsProps): ReactNode {
  const t = useDocumentStrings()
  return (
    <div
      className="zhibu-presence"
      data-testid="presence"
      aria-label={t('document.presence', { names: users.map((user) => user.name).join('、') })}
    >
      <Avatar.Group max={{ count: 6 }}>
        {users.map((user) => (
          <Tooltip key={user.id} title={user.name}>
            <Avatar
              style={{ backgroundColor: user.color }}
              data-testid="presence-avatar"
              data-user-id={user.id}
              data-user-name={user.name}
            >
              {avatarText(user.name)}
            </Avatar>
          </Tooltip>
        ))}
      </Avatar.Group>
    </div>
  )
}
