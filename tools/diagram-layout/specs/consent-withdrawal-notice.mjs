export default {
  planes: [ {
    element: 'ConsentWithdrawalNotice',
    lanes: [ { id: 'Lane_System', name: 'System', rows: 1 } ],
    rowHeights: [ 130 ],
    at: { StartEvent_WithdrawalReported: [ 120, 0 ], Task_StopCourse: [ 250, 0 ], EndEvent_CourseStopped: [ 390, 0 ] }
  } ]
};
