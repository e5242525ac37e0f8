import { on } from './facts';
import type { EmergencyContact, IsoDate } from './types';

/** When these numbers were last checked against their sources. */
export const emergencyChecked: IsoDate = '2026-12-01';

export const emergencyContacts: EmergencyContact[] = [
  {
    id: 'mexico-911',
    group: 'help',
    name: '墨西哥紧急电话',
    phone: '911',
    display: '911',
    note: '报警、急救、火警都打这个号。没登记而被停机的墨西哥号码，也仍能拨打紧急号码。',
    ...on(['F8.1', 'F4.5']),
  },
  {
    id: 'embassy-consular',
    group: 'help',
    name: '中国驻墨西哥使馆领事保护',
    phone: '+525556162129',
    display: '+52 55 5616 2129',
    note: '遇到人身安全等紧急情况时拨打，下班后也有人接。网上2018、2019年的旧号码已经不用。自称使馆要钱的来电，挂断后拨这个号核实。',
    ...on(['F8.2', 'F15.1']),
  },
  {
    id: 'consulate-tijuana',
    group: 'help',
    name: '中国驻蒂华纳总领馆',
    phone: '+526644920455',
    display: '+52 664 492 0455',
    note: '负责下加州、南下加州、索诺拉和奇瓦瓦四个州，其他州归使馆。',
    ...on(['F8.2', 'F8.5'], { confidence: 'M' }),
  },
  {
    id: 'hotline-12308',
    group: 'help',
    name: '外交部12308领事保护热线',
    phone: '+861012308',
    display: '+86-10-12308',
    note: '24小时接听。',
    ...on(['F8.3']),
  },
  {
    id: 'hotline-12308-alt',
    group: 'help',
    name: '外交部12308热线（备用号码）',
    phone: '+861065612308',
    display: '+86-10-65612308',
    note: '2023年以来外交部和使馆通知里写的备用号码。',
    ...on(['F8.3'], { confidence: 'M' }),
  },
  {
    id: 'china-mobile',
    group: 'carrier',
    name: '中国移动客服（境外拨打）',
    phone: '+8613800100186',
    display: '+86 13800100186',
    note: '号码来自中国移动的国际业务问答页。',
    ...on(['F1.8']),
  },
  {
    id: 'china-unicom',
    group: 'carrier',
    name: '中国联通客服（境外拨打）',
    phone: '+8618618610010',
    display: '+86 18618610010',
    note: '号码来自转载的联通2019年通知，不是联通官网，拨打前可先核实。',
    ...on(['F1.8'], { confidence: 'M' }),
  },
  {
    id: 'china-telecom',
    group: 'carrier',
    name: '中国电信客服（境外拨打）',
    phone: '+8618918910000',
    display: '+86 18918910000',
    note: '号码来自中国电信的国际漫游页。',
    ...on(['F1.8']),
  },
];
