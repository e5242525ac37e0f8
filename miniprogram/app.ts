/**
 * The app holds no state of its own: content ships in the package and progress lives in the progress service.
 * Nothing here touches the network.
 */
App<IAppOption>({
  globalData: {},
});
