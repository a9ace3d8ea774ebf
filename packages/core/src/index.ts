export { placeholder } from './placeholder'
