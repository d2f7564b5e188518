// Entry point of the page `npm start` opens: the map first, then the app. The first map is drawn
// without React (graph/first-map.ts); the app's code is loaded once it is on screen and takes it over.
// The stylesheet by area, in cascade order (the narrow-screen rules override the areas before them).
import './styles/base.css';
import './styles/layout.css';
import './styles/header.css';
import './styles/filters.css';
import './styles/map.css';
import './styles/status.css';
import './styles/panel.css';
import './styles/outline.css';
import './styles/narrow.css';
import { drawFirstMap } from './graph/first-map';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
const model = await drawFirstMap(document.getElementById('first-map'));
const { mount } = await import('./mount');
mount(root, model);
