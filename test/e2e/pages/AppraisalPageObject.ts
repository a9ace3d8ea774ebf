import type { Locator, Page } from 'playwright-core'

/** 核心等次 keys used in the ballot form's data-grade attributes. */
export type BallotGrade = 'excellent' | 'qualified' | 'basicallyQualified' | 'unqualified'

/** The 民主评议 block: member import, the secret ballot and (committee only) the tally. */
export class AppraisalPageObject {
  readonly block: Locator
  readonly ballotForm: Locator
  readonly ownBallot: Locator

  constructor(page: Page) {
    this.block = page.locator('[data-type="appraisal-block"]')
    this.ballotForm = page.getByTestId('ballot-form')
    this.ownBallot = page.getByTestId('ballot-own')
  }

  /** 从党员名单导入 (editors), then waits for the listed rows. */
  async importMembers(): Promise<void> {
    await this.block.locator('[data-action="import-members"]').click()
    await this.block.locator('tr[data-member-id]').first().waitFor()
  }

  /** Member ids listed in the block, by displayed name fragment. */
  async memberIdOf(nameFragment: string): Promise<string> {
    const row = this.block.locator('.zhibu-appraisal__table').first().locator('tr[data-member-id]', {
      hasText: nameFragment,
    })
    const id = await row.first().getAttribute('data-member-id')
    if (id === null) throw new Error(`no appraisal row for ${nameFragment}`)
    return id
  }

  /** Fills and submits the ballot form. */
  async castBallot(
    grades: Record<string, BallotGrade>,
    problems: Record<string, string> = {},
  ): Promise<void> {
    for (const [memberId, grade] of Object.entries(grades))
      await this.ballotForm.locator(`tr[data-member-id="${memberId}"] [data-grade="${grade}"]`).check()
    for (const [memberId, text] of Object.entries(problems))
      await this.ballotForm.locator(`tr[data-member-id="${memberId}"] [data-field="problem"]`).fill(text)
    await this.ballotForm.locator('[data-action="cast-ballot"]').click()
    await this.ownBallot.waitFor()
  }

  /** How many tally cells this browser shows (0 for anyone outside the committee). */
  tallyCells(): Locator {
    return this.block.locator('[data-tally]')
  }

  /** The committee's count of one grade for one member. */
  tallyOf(memberId: string, grade: BallotGrade): Locator {
    return this.block.locator(`tr[data-member-id="${memberId}"] [data-tally="${grade}"]`)
  }

  async reloadTally(): Promise<void> {
    await this.block.locator('[data-action="reload-tally"]').click()
  }
}
