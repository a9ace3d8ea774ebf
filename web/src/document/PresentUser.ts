/** Someone with the document open (在线协作者), as the server stamped their awareness state. */
export interface PresentUser {
  id: string
  name: string
  color: string
}
