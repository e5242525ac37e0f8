/**
 * What a page says about stored state that is not as it should be. Pure: the page shell asks the stores and
 * shows these. The words never promise what the app cannot do (a full phone stays full until something is
 * removed: WeChat gives a Mini Program 10 MB) and say what the person can do.
 */

export interface StoreHealth {
  /** "勾选进度", "答案" */
  label: string;
  unreadable: boolean;
  /** Undefined while writes succeed. */
  writeFailure?: { quota: boolean };
}

/** The inline notice for one store; empty when all is well. */
export function storeNotice(store: StoreHealth): string {
  if (store.unreadable) {
    return `暂时读不到之前保存的${store.label}。回到这一页时会再读一次；在这之前的改动先记在小程序里，读到后一起保存。`;
  }
  if (!store.writeFailure) return '';
  if (store.writeFailure.quota) {
    return `手机存储空间满了，${store.label}没能存进手机。小程序开着时都还在；请清理手机或微信的存储空间，回到这一页时会自动再存一次。关掉小程序前没存上的会丢失。`;
  }
  return `${store.label}暂时没能存进手机。小程序开着时都还在，离开或回到这一页时会自动再存一次。`;
}

/** The one toast when a write first fails (the notice above stays on the page). */
export function saveFailedToast(store: StoreHealth): string {
  return store.writeFailure?.quota ? `存储空间满了，${store.label}没存上` : `${store.label}可能没存上`;
}

/** Loading had to drop part of what was stored. */
export function recoveredToast(store: StoreHealth): string {
  return `部分${store.label}读不出，其余已保留`;
}
