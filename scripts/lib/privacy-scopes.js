'use strict';
/**
 * WeChat's privacy scopes: each piece of information the 用户隐私保护指引 can declare (as the admin console names
 * it, and its `privacy_key` in the setPrivacySetting API) and the APIs, `open-type`s and components that need it.
 * An API in a scope the guide does not declare fails with errno 112; before the user agrees, with 104.
 *
 * From WeChat's table 隐私接口与对应处理的信息, on
 *   https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html
 * (the clipboard row added in September 2023; its key from
 *   https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/privacy-management/setPrivacySetting.html ).
 * Re-check that page before each release: WeChat adds rows.
 */

const SOURCE =
  'https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html';

/** `authorize` scopes are matched as `scope.<name>` strings anywhere in code. */
const PRIVACY_SCOPES = [
  {
    key: 'UserInfo',
    info: '微信昵称、头像',
    apis: ['getUserInfo', 'getUserProfile'],
    openTypes: ['chooseAvatar', 'getUserInfo'],
    components: ['input[type=nickname]'],
  },
  {
    key: 'Location',
    info: '位置信息',
    apis: [
      'getLocation',
      'startLocationUpdate',
      'startLocationUpdateBackground',
      'getFuzzyLocation',
      'onLocationChange',
    ],
    authScopes: ['scope.userLocation', 'scope.userLocationBackground', 'scope.userFuzzyLocation'],
  },
  { key: 'ChooseLocation', info: '选择的位置信息', apis: ['choosePoi', 'chooseLocation'] },
  { key: 'Address', info: '地址', apis: ['chooseAddress'] },
  { key: 'Invoice', info: '发票信息', apis: ['chooseInvoiceTitle', 'chooseInvoice'] },
  { key: 'RunData', info: '微信运动步数', apis: ['getWeRunData'], authScopes: ['scope.werun'] },
  { key: 'PhoneNumber', info: '手机号', openTypes: ['getPhoneNumber', 'getRealtimePhoneNumber'] },
  { key: 'LicensePlate', info: '车牌号', apis: ['chooseLicensePlate'] },
  { key: 'Album', info: '选中的照片或视频信息', apis: ['chooseImage', 'chooseMedia', 'chooseVideo'] },
  { key: 'MessageFile', info: '选中的文件', apis: ['chooseMessageFile'] },
  {
    key: 'Record',
    info: '麦克风',
    apis: ['startRecord', 'getRecorderManager', 'joinVoIPChat'],
    authScopes: ['scope.record'],
    components: ['live-pusher', 'voip-room'],
  },
  {
    key: 'Camera',
    info: '摄像头',
    apis: ['createVKSession', 'createCameraContext'],
    authScopes: ['scope.camera'],
    components: ['camera'],
  },
  {
    key: 'BlueTooth',
    info: '蓝牙',
    apis: ['openBluetoothAdapter', 'createBLEPeripheralServer'],
    authScopes: ['scope.bluetooth'],
  },
  {
    key: 'AlbumWriteOnly',
    info: '相册（仅写入）权限',
    apis: ['saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'],
    authScopes: ['scope.writePhotosAlbum'],
  },
  {
    key: 'Contact',
    info: '通讯录（仅写入）权限',
    apis: ['addPhoneContact'],
    authScopes: ['scope.addPhoneContact'],
  },
  {
    key: 'CalendarWriteOnly',
    info: '日历（仅写入）权限',
    apis: ['addPhoneRepeatCalendar', 'addPhoneCalendar'],
    authScopes: ['scope.addPhoneCalendar'],
  },
  { key: 'Email', info: '邮箱', apis: [] },
  { key: 'Clipboard', info: '剪切板', apis: ['setClipboardData', 'getClipboardData'] },
  { key: 'Accelerometer', info: '加速传感器', apis: ['startAccelerometer'] },
  { key: 'Compass', info: '磁场传感器', apis: ['startCompass'] },
  { key: 'DeviceMotion', info: '方向传感器', apis: ['startDeviceMotionListening'] },
  { key: 'Gyroscope', info: '陀螺仪传感器', apis: ['startGyroscope'] },
].map((scope) => ({ apis: [], openTypes: [], authScopes: [], components: [], ...scope }));

/**
 * Library code that names a scoped API but never runs it in this app, each with the reason. A use listed here is
 * not counted; a use outside it (or the guard going away) is.
 */
const REVIEWED_LIBRARY_USES = [
  {
    file: 'miniprogram_npm/@vant/weapp/button/index.js',
    what: 'wx.getUserProfile',
    reason:
      'vant calls it only for a van-button with open-type="getUserInfo"; no template passes that open-type, ' +
      'and the scan would count one if it did',
  },
  {
    file: 'miniprogram_npm/@vant/weapp/common/version.js',
    what: 'wx.getUserProfile',
    reason: 'feature detection (`!!wx.getUserProfile`), never a call',
  },
];

module.exports = { SOURCE, PRIVACY_SCOPES, REVIEWED_LIBRARY_USES };
