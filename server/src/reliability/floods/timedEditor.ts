import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import * as Y from 'yjs'
import { syncFrames } from '../protocol/syncFrames'

/** One measured edit: send → acknowledgement, and the part of it the server thread spent waiting for a CPU. */
export interface EditTiming {
  wallMs: number
  /** `wallMs` minus the server thread's run-queue wait meanwhile (Linux schedstat; 0 elsewhere). */
  ownMs: number
}

// The client runs on its own thread: on the server's thread it would read each acknowledgement only after the
// server had worked through every other ready socket, a delay a remote editor never sees.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
const { readFileSync } = require('node:fs')
const WebSocket = require(workerData.wsPath)
const statPath = '/proc/' + workerData.pid + '/task/' + workerData.pid + '/schedstat'
const serverWaitMs = () => {
  try { return Number(readFileSync(statPath, 'utf8').trim().split(/\\s+/)[1]) / 1e6 } catch { return 0 }
}
const ws = new WebSocket(workerData.url)
let onAck
ws.on('message', (data) => {
  if (data[0] === 100 && onAck) { const done = onAck; onAck = undefined; done() }
})
ws.on('open', () => parentPort.postMessage({ kind: 'open' }))
ws.on('error', (error) => parentPort.postMessage({ kind: 'error', message: String(error) }))
ws.on('close', (code) => parentPort.postMessage({ kind: 'closed', code }))
parentPort.on('message', (message) => {
  if (message === 'close') { ws.terminate(); return }
  const waited = serverWaitMs()
  const started = performance.now()
  onAck = () => {
    const wallMs = performance.now() - started
    parentPort.postMessage({ kind: 'edit', wallMs, ownMs: wallMs - (serverWaitMs() - waited) })
  }
  ws.send(message)
})
`

type WorkerMessage =
  | { kind: 'open' }
  | { kind: 'error'; message: string }
  | { kind: 'closed'; code: number }
  | ({ kind: 'edit' } & EditTiming)

/**
 * A well-behaved editor on a raw socket with `?ack=1`, on a worker thread: an edit's latency is from sending the
 * update to receiving its acknowledgement (committed to the store), timed on the worker.
 */
export class TimedEditor {
  private readonly doc = new Y.Doc()
  private waiting: ((message: WorkerMessage) => void) | undefined
  closeCode: number | undefined

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'closed') this.closeCode = message.code
      this.waiting?.(message)
    })
  }

  static async connect(syncUrl: string, room: string, token: string): Promise<TimedEditor> {
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: {
        url: `${syncUrl}/${room}?token=${encodeURIComponent(token)}&ack=1`,
        wsPath: createRequire(import.meta.url).resolve('ws'),
        pid: process.pid,
      },
    })
    const editor = new TimedEditor(worker)
    const first = await editor.next()
    if (first.kind !== 'open') throw new Error(`editor socket: ${JSON.stringify(first)}`)
    return editor
  }

  async edit(): Promise<EditTiming> {
    const before = Y.encodeStateVector(this.doc)
    this.doc.getText('body').insert(0, '改')
    const answer = this.next()
    this.worker.postMessage(syncFrames.update(Y.encodeStateAsUpdate(this.doc, before)))
    const message = await answer
    if (message.kind !== 'edit') throw new Error(`editor socket: ${JSON.stringify(message)}`)
    return { wallMs: message.wallMs, ownMs: message.ownMs }
  }

  get open(): boolean {
    return this.closeCode === undefined
  }

  async close(): Promise<void> {
    this.worker.postMessage('close')
    await this.worker.terminate()
  }

  private next(): Promise<WorkerMessage> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('editor: no answer within 30 s')), 30_000)
      this.waiting = (message) => {
        clearTimeout(timer)
        this.waiting = undefined
        resolve(message)
      }
    })
  }
}
