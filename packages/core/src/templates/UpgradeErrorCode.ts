/**
 * Why a document was not upgraded: it comes from another template (`TEMPLATE_MISMATCH`), it is at a version
 * other than the upgrade's starting one (`TEMPLATE_VERSION_MISMATCH`), or the target is older
 * (`TEMPLATE_VERSION_OLDER`).
 */
export type UpgradeErrorCode = 'TEMPLATE_MISMATCH' | 'TEMPLATE_VERSION_MISMATCH' | 'TEMPLATE_VERSION_OLDER'
