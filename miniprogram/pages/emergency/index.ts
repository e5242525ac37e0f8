/**
 * 紧急电话: 911, consular protection, the Tijuana consulate and the 12308 hotline, each to call or copy;
 * the Chinese carriers' service lines below them, visibly marked as lower confidence.
 */
import { appPage } from '../../behaviors/app-page';
import { collectSourceIds, contentStore } from '../../content/index';
import type { EmergencyContact } from '../../content/types';
import { freshness, numberSources, type CitedSourceView } from '../../presenters/content-view';
import { copyText } from '../../services/clipboard';

interface TapEvent {
  currentTarget: { dataset: { id?: string } };
}

type ContactView = { id: string; name: string; display: string; citeLabel: string; low: boolean };

function findContact(id: string | undefined): EmergencyContact | undefined {
  return contentStore.emergencyContacts.find((contact) => contact.id === id);
}

function emergencyView() {
  const { sources, cite } = numberSources(collectSourceIds(contentStore.emergencyContacts), new Date());
  const contactViews = (group: EmergencyContact['group']) =>
    contentStore.emergencyContacts
      .filter((contact) => contact.group === group)
      .map((contact) => ({
        id: contact.id,
        name: contact.name,
        display: contact.display,
        ...cite(contact),
      }));
  return {
    // The help numbers' cards show each number's note.
    help: contactViews('help').map((view) => ({ ...view, note: findContact(view.id)?.note ?? '' })),
    // No note on the carriers' cards: the line above them says what each would (unofficial, verify first).
    carriers: contactViews('carrier'),
    sources,
  };
}

appPage({
  page: 'emergency',
  data: {
    help: [] as (ContactView & { note: string })[],
    carriers: [] as ContactView[],
    sources: [] as CitedSourceView[],
    checkedLabel: '',
    staleNotice: '',
  },
  view() {
    return { ...emergencyView(), ...freshness(contentStore.emergencyChecked, new Date(), '号码') };
  },
  share: { title: () => '在墨西哥遇到紧急情况：911、使馆领事保护和12308' },
  methods: {
    onCall(event: TapEvent) {
      const contact = findContact(event.currentTarget.dataset.id);
      if (!contact) return;
      wx.makePhoneCall({
        phoneNumber: contact.phone,
        fail: (error) => {
          // Cancelling the dial sheet is not an error worth a message.
          if (!/cancel/i.test(error?.errMsg ?? '')) {
            wx.showToast({ title: `没能拨出，请手动拨打 ${contact.display}`, icon: 'none' });
          }
        },
      });
    },
    onCopy(event: TapEvent) {
      const contact = findContact(event.currentTarget.dataset.id);
      if (contact) copyText(contact.phone, `已复制 ${contact.display}`);
    },
  },
});
