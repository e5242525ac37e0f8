import type { EmergencyContact, IsoDate } from './types';

/** When these numbers were last checked against their sources. */
export const emergencyChecked: IsoDate = '2026-11-25';

export const emergencyContacts: EmergencyContact[] = [
  {
    id: 'mexico-911',
    group: 'help',
    name: '墨西哥紧急电话',
    phone: '911',
    display: '911',
    note: '墨西哥的紧急求助号码。没登记而被停用的墨西哥手机号，也仍能拨打紧急号码。',
    cites: ['informador-registro-2026', 'expansion-registro-2025'],
  },
  {
    id: 'embassy-consular',
    group: 'help',
    name: '中国驻墨西哥使馆领事保护',
    phone: '+525556162129',
    display: '+52 55 5616 2129',
    note: '在墨西哥遇到人身安全等紧急情况时拨打。网上2018、2019年的旧号码已经不用。',
    cites: ['mfa-consular-mexico-2022', 'cctv-mexico-safety-2026'],
  },
  {
    id: 'consulate-tijuana',
    group: 'help',
    name: '中国驻蒂华纳总领馆',
    phone: '+526644920455',
    display: '+52 664 492 0455',
    note: '中国驻蒂华纳总领事馆的电话。',
    cites: ['mfa-consular-mexico-2022', 'cctv-mexico-safety-2026'],
  },
  {
    id: 'hotline-12308',
    group: 'help',
    name: '外交部12308领事保护热线',
    phone: '+861012308',
    display: '+86-10-12308',
    note: '24小时接听。',
    cites: ['mfa-consular-mexico-2022', 'cctv-mexico-safety-2026'],
  },
  {
    id: 'hotline-12308-alt',
    group: 'help',
    name: '外交部12308热线（备用号码）',
    phone: '+861059913991',
    display: '+86-10-59913991',
    note: '12308热线的另一个号码，同样24小时接听。',
    cites: ['mfa-consular-mexico-2022', 'cctv-mexico-safety-2026'],
  },
  {
    id: 'china-mobile',
    group: 'carrier',
    name: '中国移动客服（境外拨打）',
    phone: '+8613800100186',
    display: '+86 13800100186',
    note: '号码来自非官方网页，可能有变，拨打前请核实。',
    cites: ['aliyunyouhui-carrier-numbers'],
  },
  {
    id: 'china-unicom',
    group: 'carrier',
    name: '中国联通客服（境外拨打）',
    phone: '+8618618610010',
    display: '+86 18618610010',
    note: '号码来自非官方网页，可能有变，拨打前请核实。',
    cites: ['aliyunyouhui-carrier-numbers'],
  },
  {
    id: 'china-telecom',
    group: 'carrier',
    name: '中国电信客服（境外拨打）',
    phone: '+8618918910000',
    display: '+86 18918910000',
    note: '号码来自非官方网页，可能有变，拨打前请核实。',
    cites: ['aliyunyouhui-carrier-numbers'],
  },
];
