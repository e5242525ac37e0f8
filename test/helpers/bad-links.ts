/**
 * Broken ways into the app, shared by the service tests and the page tests: each names what arrives in
 * `onLoad(query)`, the page it is opened on, where the person must land and the toast they must see.
 */
import type { PageName } from '../../miniprogram/services/entry-link';

export interface BadLink {
  name: string;
  /** The page WeChat opens. */
  page: PageName;
  query: Record<string, unknown>;
  /** Where the person lands (the section/stage when the page takes one; undefined = the page's default). */
  lands: { page: PageName; value?: string };
  toast: string;
}

const longId = 'a'.repeat(300);

export const BAD_LINKS: BadLink[] = [
  // Shared card / Moments page query
  {
    name: 'section with bad percent-encoding',
    page: 'guide',
    query: { section: '%E4%B8' },
    lands: { page: 'guide' },
    toast: '链接无法识别，先看第一节',
  },
  {
    name: 'section that does not exist',
    page: 'guide',
    query: { section: 'no-such-section' },
    lands: { page: 'guide' },
    toast: '没找到这一节，先看第一节',
  },
  {
    name: 'over-long section',
    page: 'guide',
    query: { section: longId },
    lands: { page: 'guide' },
    toast: '链接太长，先看第一节',
  },
  {
    name: 'section with markup',
    page: 'guide',
    query: { section: '%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
    lands: { page: 'guide' },
    toast: '链接含有无效内容，先看第一节',
  },
  {
    name: 'section climbing paths',
    page: 'guide',
    query: { section: '../../pages/sources/index' },
    lands: { page: 'guide' },
    toast: '链接含有无效内容，先看第一节',
  },
  {
    name: 'section with a script scheme',
    page: 'guide',
    query: { section: 'javascript:alert(1)' },
    lands: { page: 'guide' },
    toast: '链接含有无效内容，先看第一节',
  },
  {
    name: 'empty section',
    page: 'guide',
    query: { section: '' },
    lands: { page: 'guide' },
    toast: '链接是空的，先看第一节',
  },
  {
    name: 'section given twice (an array)',
    page: 'guide',
    query: { section: ['paying-in-mexico', 'summary'] },
    lands: { page: 'guide' },
    toast: '链接无法识别，先看第一节',
  },
  {
    name: 'section that is a number',
    page: 'guide',
    query: { section: 42 },
    lands: { page: 'guide' },
    toast: '链接无法识别，先看第一节',
  },
  {
    name: 'unknown checklist stage',
    page: 'checklist',
    query: { group: 'nonsense' },
    lands: { page: 'checklist' },
    toast: '没找到这一组，已打开完整清单',
  },
  {
    name: 'checklist stage with markup',
    page: 'checklist',
    query: { group: '<img src=x onerror=alert(1)>' },
    lands: { page: 'checklist' },
    toast: '链接含有无效内容，已打开完整清单',
  },
  // Mini Program code scene
  {
    name: 'scene with bad percent-encoding',
    page: 'home',
    query: { scene: 'g.pay%' },
    lands: { page: 'home' },
    toast: '链接无法识别，已打开首页',
  },
  {
    name: 'scene for an unknown page',
    page: 'home',
    query: { scene: 'zz.pay' },
    lands: { page: 'home' },
    toast: '没找到这个页面，已打开首页',
  },
  {
    name: 'scene for an unknown section',
    page: 'home',
    query: { scene: 'g.nope' },
    lands: { page: 'guide' },
    toast: '没找到这一节，先看第一节',
  },
  {
    name: 'scene for an unknown stage',
    page: 'guide',
    query: { scene: 'c.nope' },
    lands: { page: 'checklist' },
    toast: '没找到这一组，已打开完整清单',
  },
  {
    name: 'scene over 32 characters',
    page: 'home',
    query: { scene: 'g.' + 'x'.repeat(40) },
    lands: { page: 'home' },
    toast: '链接太长，已打开首页',
  },
  {
    name: 'scene with markup',
    page: 'home',
    query: { scene: encodeURIComponent('<script>') },
    lands: { page: 'home' },
    toast: '链接含有无效内容，已打开首页',
  },
  {
    name: 'scene climbing paths',
    page: 'home',
    query: { scene: encodeURIComponent('../g') },
    lands: { page: 'home' },
    toast: '链接含有无效内容，已打开首页',
  },
  {
    name: 'scene with characters WeChat never sends',
    page: 'home',
    query: { scene: encodeURIComponent('g pay') },
    lands: { page: 'home' },
    toast: '链接无法识别，已打开首页',
  },
  {
    name: 'empty scene',
    page: 'home',
    query: { scene: '' },
    lands: { page: 'home' },
    toast: '链接是空的，已打开首页',
  },
  {
    name: 'scene that is an array',
    page: 'home',
    query: { scene: ['g.pay'] },
    lands: { page: 'home' },
    toast: '链接无法识别，已打开首页',
  },
  // Normal link QR code
  {
    name: 'QR link with bad percent-encoding',
    page: 'home',
    query: { q: 'https%3A%2F%2Fexample.org%2Fmp%3Fto%3Dguide%E0%A4%A' },
    lands: { page: 'home' },
    toast: '链接无法识别，已打开首页',
  },
  {
    name: 'QR link to an unknown page',
    page: 'home',
    query: { q: encodeURIComponent('https://example.org/mp?to=admin') },
    lands: { page: 'home' },
    toast: '没找到这个页面，已打开首页',
  },
  {
    name: 'QR link to an unknown section',
    page: 'home',
    query: { q: encodeURIComponent('https://example.org/mp?to=guide&section=nope') },
    lands: { page: 'guide' },
    toast: '没找到这一节，先看第一节',
  },
  {
    name: 'QR link with a script scheme',
    page: 'home',
    query: { q: encodeURIComponent('javascript:alert(1)') },
    lands: { page: 'home' },
    toast: '链接含有无效内容，已打开首页',
  },
  {
    name: 'QR link with markup in its section',
    page: 'home',
    query: { q: encodeURIComponent('https://example.org/mp?to=guide&section=%3Cb%3E') },
    lands: { page: 'guide' },
    toast: '链接含有无效内容，先看第一节',
  },
  {
    name: 'QR link that is not a link',
    page: 'home',
    query: { q: 'hello' },
    lands: { page: 'home' },
    toast: '链接无法识别，已打开首页',
  },
  {
    name: 'over-long QR link',
    page: 'home',
    query: { q: encodeURIComponent(`https://example.org/mp?to=guide&section=${'a'.repeat(2000)}`) },
    lands: { page: 'home' },
    toast: '链接太长，已打开首页',
  },
  {
    name: 'empty QR link',
    page: 'home',
    query: { q: '' },
    lands: { page: 'home' },
    toast: '链接是空的，已打开首页',
  },
  {
    name: 'QR link that is an object',
    page: 'sources',
    query: { q: { to: 'guide' } },
    lands: { page: 'home' },
    toast: '链接无法识别，已打开首页',
  },
];
