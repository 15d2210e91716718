/** Why `npm start` will not start: a message for the person who ran it, printed without a stack. */
export class LaunchRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LaunchRefused';
  }
}
