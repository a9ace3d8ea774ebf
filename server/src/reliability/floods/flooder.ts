import { connect as connectTcp, type Socket } from 'node:net'
import { createInterface } from 'node:readline'
import { WebSocket } from 'ws'
import { syncFrames } from '../protocol/syncFrames'

/**
 * The attacker of suite 8, as its own process so its CPU work does not run on the server's event loop.
 * argv[2] is a JSON {@link FloodSettings}; stdin lines `flood` / `pause` / `stop` steer it; on `stop` it prints one
 * JSON line of {@link FloodReport} and exits.
 */
export interface FloodSettings {
  httpUrl: string
  syncUrl: string
  room: string
  /** Tokens of read-only users: their sockets flood awareness. */
  tokens: string[]
  /** A token of a user who does not flood awareness (a rate-limited user's sockets are refused with 4429). */
  oversizedToken: string
  /** Usernames to brute-force (wrong passwords). */
  usernames: string[]
  awarenessSockets: number
  hangingSockets: number
  /** Which floods run (all by default). */
  kinds?: Array<'awareness' | 'preAuth' | 'oversized' | 'login'>
}

export interface FloodReport {
  awarenessFrames: number
  awarenessCloses: Record<string, number>
  preAuthCloses: Record<string, number>
  oversizedCloses: Record<string, number>
  loginStatuses: Record<string, number>
  loginCodes: Record<string, number>
  retryAfterMissing: number
  hangingOpen: number
}

const settings = JSON.parse(process.argv[2] ?? '{}') as FloodSettings
const report: FloodReport = {
  awarenessFrames: 0,
  awarenessCloses: {},
  preAuthCloses: {},
  oversizedCloses: {},
  loginStatuses: {},
  loginCodes: {},
  retryAfterMissing: 0,
  hangingOpen: 0,
}
let flooding = false
let stopped = false
let wake: Array<() => void> = []

function count(table: Record<string, number>, key: string | number): void {
  table[key] = (table[key] ?? 0) + 1
}

/** Resolves when flooding (again); never while paused. */
function floodingNow(): Promise<void> {
  if (flooding) return Promise.resolve()
  return new Promise((resolve) => wake.push(resolve))
}

function openSocket(url: string): Promise<{ ws: WebSocket; closed: Promise<number> }> {
  const ws = new WebSocket(url)
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
  ws.on('error', () => undefined)
  return new Promise((resolve) => {
    ws.once('open', () => resolve({ ws, closed }))
    ws.once('close', () => resolve({ ws, closed }))
  })
}

/** Sends awareness updates as fast as the socket takes them, reconnecting whenever the server closes it. */
async function awarenessFlood(slot: number): Promise<void> {
  const token = settings.tokens[slot % settings.tokens.length]!
  let clock = 0
  while (!stopped) {
    await floodingNow()
    const { ws, closed } = await openSocket(
      `${settings.syncUrl}/${settings.room}?token=${encodeURIComponent(token)}`,
    )
    // 2,000 frames/s per socket, 24,000/s over 12 sockets: 20 times what the per-user limits let through, without
    // the flooder taking a whole core of the 2-core test machine from the server (a real attacker is remote).
    while (ws.readyState === ws.OPEN && flooding) {
      for (let index = 0; index < 20; index++) {
        clock++
        ws.send(
          syncFrames.awareness([
            { clientId: 1_000 + slot, clock, state: { cursor: { anchor: clock % 97 }, flood: slot } },
          ]),
        )
        report.awarenessFrames++
      }
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    if (ws.readyState === ws.OPEN) ws.close()
    count(report.awarenessCloses, await closed)
  }
}

/** Upgrades without a token or with a wrong one, over and over: each must be refused before any document work. */
async function preAuthFlood(slot: number): Promise<void> {
  while (!stopped) {
    await floodingNow()
    const query = slot % 2 === 0 ? '' : `?token=forged-${slot}-${Date.now()}`
    const { closed } = await openSocket(`${settings.syncUrl}/${settings.room}${query}`)
    count(report.preAuthCloses, await closed)
  }
}

/** Frames just over the 8 MiB limit, on a valid socket: each must be closed with 1009 before it is buffered. */
async function oversizedFlood(): Promise<void> {
  const big = new Uint8Array(8 * 1024 * 1024 + 1)
  while (!stopped) {
    await floodingNow()
    const { ws, closed } = await openSocket(
      `${settings.syncUrl}/${settings.room}?token=${encodeURIComponent(settings.oversizedToken)}`,
    )
    if (ws.readyState === ws.OPEN) ws.send(big)
    count(report.oversizedCloses, await closed)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Wrong passwords for a few usernames, then everything the per-IP API limit lets through. */
async function loginFlood(slot: number): Promise<void> {
  let attempt = 0
  while (!stopped) {
    await floodingNow()
    const username = settings.usernames[(slot + attempt++) % settings.usernames.length]!
    try {
      const response = await fetch(`${settings.httpUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: `guess-${attempt}` }),
      })
      count(report.loginStatuses, response.status)
      const body = (await response.json()) as { error?: { code?: string } }
      count(report.loginCodes, body.error?.code ?? 'none')
      if (response.status === 429 && !/^\d+$/.test(response.headers.get('retry-after') ?? ''))
        report.retryAfterMissing++
    } catch {
      count(report.loginStatuses, 'network')
    }
  }
}

/** TCP connections that start an upgrade and never finish its headers: they must not block or bloat the server. */
function hangingSockets(): Socket[] {
  const url = new URL(settings.httpUrl)
  return Array.from({ length: settings.hangingSockets }, () => {
    const socket = connectTcp(Number(url.port), url.hostname)
    socket.on('error', () => undefined)
    socket.write(`GET /sync/${settings.room} HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\n`)
    return socket
  })
}

const tasks: Array<Promise<void>> = []
let hanging: Socket[] = []
createInterface({ input: process.stdin }).on('line', (line) => {
  const command = line.trim()
  if (command === 'flood') {
    flooding = true
    if (hanging.length === 0) hanging = hangingSockets()
    for (const resolve of wake.splice(0)) resolve()
  } else if (command === 'pause') {
    flooding = false
  } else if (command === 'stop') {
    stopped = true
    flooding = false
    report.hangingOpen = hanging.filter((socket) => !socket.destroyed).length
    for (const socket of hanging) socket.destroy()
    wake = []
    process.stdout.write(`${JSON.stringify(report)}\n`)
    process.exit(0)
  }
})
const kinds = new Set(settings.kinds ?? ['awareness', 'preAuth', 'oversized', 'login'])
if (kinds.has('awareness'))
  for (let slot = 0; slot < settings.awarenessSockets; slot++) tasks.push(awarenessFlood(slot))
if (kinds.has('preAuth')) for (let slot = 0; slot < 4; slot++) tasks.push(preAuthFlood(slot))
if (kinds.has('login')) for (let slot = 0; slot < 2; slot++) tasks.push(loginFlood(slot))
if (kinds.has('oversized')) tasks.push(oversizedFlood())
process.stdout.write('ready\n')
