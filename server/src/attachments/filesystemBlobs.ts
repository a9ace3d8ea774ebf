import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, rm, unlink } from 'node:fs/promises'
import path from 'node:path'
import type { AttachmentBlobs } from './AttachmentBlobs'

async function fsyncPath(target: string): Promise<void> {
  const handle = await open(target, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Attachment bytes as files `<dir>/<sha[0..2]>/<sha>`. A file is written to a temporary name in the same folder,
 * fsynced, renamed into place and the folder fsynced, so after a crash a file is either whole or absent.
 */
export function filesystemBlobs(dir: string): AttachmentBlobs {
  const fileOf = (sha256: string): string => path.join(dir, sha256.slice(0, 2), sha256)
  return {
    kind: 'filesystem',
    async put(sha256, bytes) {
      const target = fileOf(sha256)
      const folder = path.dirname(target)
      await mkdir(folder, { recursive: true })
      const temporary = path.join(folder, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`)
      try {
        const handle = await open(temporary, 'wx')
        try {
          await handle.writeFile(bytes)
          await handle.sync()
        } finally {
          await handle.close()
        }
        await rename(temporary, target)
      } catch (error) {
        await rm(temporary, { force: true })
        throw error
      }
      await fsyncPath(folder)
    },
    async get(sha256) {
      try {
        return await readFile(fileOf(sha256))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
        throw error
      }
    },
    async delete(sha256) {
      try {
        await unlink(fileOf(sha256))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      }
    },
  }
}
