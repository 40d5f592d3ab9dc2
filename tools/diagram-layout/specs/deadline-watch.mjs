export default {
  planes: [ {
    element: 'DeadlineWatch',
    lanes: [ { id: 'Lane_System', name: 'System', rows: 1 } ],
    rowHeights: [ 130 ],
    at: { Timer_DeadlineWatch: [ 120, 0 ], Task_EscalateOverdueSteps: [ 250, 0 ], EndEvent_DeadlinesChecked: [ 390, 0 ] }
  } ]
};
