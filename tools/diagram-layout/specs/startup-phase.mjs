export default {
  planes: [ {
    element: 'StartupPhase',
    lanes: [ { id: 'Lane_Kontaktperson', name: 'Kontaktperson', rows: 2 } ],
    rowHeights: [ 120, 120 ],
    at: {
      StartEvent_StartupPhase: [ 120, 0 ], Gateway_StartupSplit: [ 210, 0 ], Task_EcologicalMapping: [ 340, 0 ],
      Task_WhatMattersConversation: [ 340, 1 ], Gateway_StartupJoin: [ 480, 0 ], Task_AnalyseMapping: [ 600, 0 ],
      Task_AgreeMeasurePlan: [ 750, 0 ], EndEvent_PlanAgreed: [ 880, 0 ]
    }
  } ]
};
