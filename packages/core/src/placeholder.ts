/** Temporary export so the workspace compiles before the engine lands. */
export const placeholder = 1
