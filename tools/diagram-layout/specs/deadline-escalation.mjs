export default {
  planes: [ {
    element: 'DeadlineEscalation',
    lanes: [ { id: 'Lane_Leder', name: 'Leder', rows: 2 } ],
    rowHeights: [ 130, 120 ],
    at: {
      StartEvent_StepOverdue: [ 120, 0 ], Task_FollowUpOverdueStep: [ 250, 0 ], EndEvent_FollowedUp: [ 400, 0 ],
      Task_FollowUpStillOverdueStep: [ 400, 1 ], EndEvent_StillOverdueFollowedUp: [ 550, 1 ],
      SubProcess_StepDone: [ 560, 0 ]
    },
    attach: { Timer_StillOverdue: [ 'bottom', 0.5 ] },
    labels: { Timer_StillOverdue: 'below-left' }
  }, {
    element: 'SubProcess_StepDone',
    rows: 1,
    at: { StartEvent_OverdueStepDone: [ 100, 0 ], EndEvent_StepDoneAfterAll: [ 260, 0 ] }
  } ]
};
