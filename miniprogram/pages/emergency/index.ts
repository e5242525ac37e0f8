/**
 * 紧急电话: 911, consular protection, the Tijuana consulate and the 12308 hotline, each to call or copy;
 * the Chinese carriers' service lines below them, visibly marked as lower confidence.
 */
import { collectSourceIds, contentStore } from '../../content/index';
import type { EmergencyContact } from '../../content/types';
import { freshness, numberSources } from '../../presenters/content-view';
import { targetPath, targetQuery } from '../../services/entry-link';
import { openTarget } from '../../services/navigation';
import { enterPage } from '../../services/page-entry';
import { copySourceAddress, copyText } from '../../services/clipboard';

interface TapEvent {
  currentTarget: { dataset: { id?: string } };
}

const SHARE_TITLE = '在墨西哥遇到紧急情况：911、使馆领事保护和12308';

const { sources, cite } = numberSources(collectSourceIds(contentStore.emergencyContacts));

function contactViews(group: EmergencyContact['group']) {
  return contentStore.emergencyContacts
    .filter((contact) => contact.group === group)
    .map((contact) => ({
      id: contact.id,
      name: contact.name,
      display: contact.display,
      ...cite(contact),
    }));
}

/** The help numbers' cards show each number's note. */
function helpViews() {
  return contactViews('help').map((view) => ({ ...view, note: findContact(view.id)?.note ?? '' }));
}

function findContact(id: string | undefined): EmergencyContact | undefined {
  return contentStore.emergencyContacts.find((contact) => contact.id === id);
}

Component({
  data: {
    help: helpViews(),
    // No note on the carriers' cards: the line above them says what each would (unofficial, verify first).
    carriers: contactViews('carrier'),
    sources,
    checkedLabel: '',
    staleNotice: '',
    singlePage: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const entry = enterPage('emergency', query);
      this.setData({
        ...freshness(contentStore.emergencyChecked, new Date(), '号码'),
        singlePage: entry.singlePage,
      });
    },
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
      if (!contact) return;
      copyText(contact.phone, `已复制 ${contact.display}`);
    },
    onCopySource(event: TapEvent) {
      // The address is looked up in the store, not sent to the template, which never shows it.
      copySourceAddress(event.currentTarget.dataset.id);
    },
    onOpenSafety() {
      openTarget({ page: 'guide', section: 'help-and-safety' });
    },
    onShareAppMessage() {
      return { title: SHARE_TITLE, path: targetPath({ page: 'emergency' }) };
    },
    onShareTimeline() {
      return { title: SHARE_TITLE, query: targetQuery({ page: 'emergency' }) };
    },
  },
});
