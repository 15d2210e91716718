/** The partnership dashboard: every figure on it is one GraphQL request to this gateway. */
import { render } from 'preact';
import { App } from './app';
import './app.css';

render(<App />, document.getElementById('app')!);
