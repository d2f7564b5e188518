// The Docusaurus plugin's options, as a site author writes them (test/e2e/docusaurus.test.ts builds a
// real site with it).
import { describe, expect, it } from 'vitest';
import atlasPlugin from '../../src/docusaurus/index';

const context = (baseUrl = '/') => ({
  siteDir: '/site',
  generatedFilesDir: '/site/.docusaurus',
  baseUrl,
  siteConfig: { themeConfig: { navbar: { items: [] as unknown[] } } },
});

describe('atlas/docusaurus', () => {
  it.each(['../escape', 'a/../../b', '/', 'a b', 'x"y'])('refuses the route %j', (route) => {
    expect(() => atlasPlugin(context(), { route })).toThrow(/atlas\/docusaurus: route/);
  });

  it('adds a navbar link to the explorer under the site’s baseUrl, outside its router', () => {
    const site = context('/school/');
    atlasPlugin(site, { route: 'learn/map', navbar: 'Curriculum map' });
    expect(site.siteConfig.themeConfig.navbar.items).toEqual([
      { to: 'pathname:///school/learn/map/', label: 'Curriculum map', position: 'left' },
    ]);
  });

  it('adds no link when told not to', () => {
    const site = context();
    atlasPlugin(site, { navbar: false });
    expect(site.siteConfig.themeConfig.navbar.items).toEqual([]);
  });

  it('has `docusaurus start` serve the explorer at its route, in the client build only', () => {
    const plugin = atlasPlugin(context('/school/'));
    expect(plugin.configureWebpack({}, false)).toEqual({
      devServer: { static: [{ publicPath: '/school/atlas/', directory: '/site/.docusaurus/atlas-docusaurus-plugin/atlas' }] },
    });
    expect(plugin.configureWebpack({}, true)).toEqual({});
  });
});
