import { contentStore } from '../../content-check/store';
import { fakeWx } from '../helpers/fake-wx';
import { findAll, fire, openPage } from '../helpers/page';

const contacts = contentStore.emergencyContacts;

describe('紧急电话 page', () => {
  it('shows every number with its name and note', () => {
    const page = openPage('emergency');
    const text = page.text();
    for (const contact of contacts) {
      expect(text).toContain(contact.name);
      expect(text).toContain(contact.display);
    }
    expect(contacts.map((contact) => contact.phone)).toEqual(
      expect.arrayContaining(['911', '+525556162129', '+526644920455', '+861012308', '+861065612308']),
    );
    expect(text).toContain('号码核对于2026年12月1日');
    expect(text).not.toContain('59913991');
    expect(findAll(page, '.call-button')).toHaveLength(contacts.length);
    expect(findAll(page, '.copy-button')).toHaveLength(contacts.length);
  });

  it.each(contacts.map((contact) => [contact.id, contact.phone]))(
    'calls %s on its number (%s)',
    async (id, phone) => {
      const page = openPage('emergency');
      const card = findAll(page, `.contact-${id}`)[0]!;
      const call = findAll(page, '.call-button').find((node) => card.dom?.contains(node.dom ?? null))!;
      await fire(call, 'click');
      expect(fakeWx.calls).toEqual([`makePhoneCall:${phone}`]);
      expect(fakeWx.toasts).toEqual([]);
    },
  );

  it('copies a number', async () => {
    const page = openPage('emergency');
    const card = findAll(page, '.contact-hotline-12308')[0]!;
    const copy = findAll(page, '.copy-button').find((node) => card.dom?.contains(node.dom ?? null))!;
    await fire(copy, 'click');
    expect(fakeWx.clipboard).toEqual(['+861012308']);
    expect(fakeWx.toasts).toEqual(['已复制 +86-10-12308']);
    expect(fakeWx.calls).toEqual([]);
  });

  it('marks a number low-confidence only where its claim is (the carriers now come from their own pages)', () => {
    const page = openPage('emergency');
    for (const contact of contacts) {
      const text = findAll(page, `.contact-${contact.id}`)[0]!.dom?.textContent ?? '';
      if (contact.confidence === 'L') expect(text).toContain('可信度低，拨打前请核实');
      else expect(text).not.toContain('可信度低');
    }
    expect(page.text()).toContain('国内运营商客服（境外拨打）');
    expect(page.text()).not.toContain('· 可信度低');
    expect(contacts.filter((contact) => contact.group === 'carrier')).toHaveLength(3);
  });

  it('stays quiet when the dial sheet is cancelled, and gives the number when dialling fails', async () => {
    const page = openPage('emergency');
    const spy = jest.spyOn(wx, 'makePhoneCall');
    spy.mockImplementationOnce((options) => {
      options.fail?.({ errMsg: 'makePhoneCall:fail cancel' });
      return undefined as never;
    });
    await fire(findAll(page, '.call-button')[0]!, 'click');
    expect(fakeWx.toasts).toEqual([]);
    spy.mockImplementationOnce((options) => {
      options.fail?.({ errMsg: 'makePhoneCall:fail system error' });
      return undefined as never;
    });
    await fire(findAll(page, '.call-button')[0]!, 'click');
    expect(fakeWx.toasts).toEqual(['没能拨出，请手动拨打 911']);
    spy.mockRestore();
  });

  it('points to the official safety channels and shares itself', async () => {
    const page = openPage('emergency');
    expect(page.text()).toContain('中国领事');
    await fire(findAll(page, '.safety')[0]!);
    expect(fakeWx.navigations).toEqual(['/pages/guide/index?section=help-and-safety']);
    expect(page.instance.onShareAppMessage!()).toEqual({
      title: expect.stringContaining('911'),
      path: '/pages/emergency/index',
    });
    expect(page.instance.onShareTimeline!()).toEqual({ title: expect.any(String), query: '' });
    const nodes = page.root.querySelectorAll('*').length;
    console.log(`emergency page: ${nodes} nodes`);
    expect(nodes).toBeLessThan(1000);
  });
});
